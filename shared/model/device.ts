/** Device types the product diagnoses. FTD = Threat Defense, FMC = Management Center. */
export const DEVICE_TYPES = ['ftd', 'fmc'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/** SSE regions from guide 000 ("미국 지역 / EU 지역 / APJ 지역"). */
export const REGIONS = ['us', 'eu', 'apj'] as const;
export type Region = (typeof REGIONS)[number];

/** What the session learned about the device, filled in as checks run. */
export interface DeviceFacts {
  readonly host: string;
  readonly type: DeviceType;
  readonly region: Region;
  readonly model?: string;
  readonly version?: string;
  readonly build?: string;
  readonly hostname?: string;
}
