/** Where the API finds its servers: external ones from the config, or those the runtime started. */
export interface Infrastructure {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
}

export const INFRASTRUCTURE = Symbol('INFRASTRUCTURE');
