import * as electron from 'electron';
import { runMain } from './app-main';

runMain(electron, __dirname);
