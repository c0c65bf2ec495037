/** Copies resources/fonts to dist/fonts (see copy-fonts.mjs). */
export declare const copyFonts: (projectRoot?: string) => void;
