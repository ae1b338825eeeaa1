export declare const runtimePackages: string[];
export declare const asarBudget: number;
export declare const wantedFuses: [number, string, number][];
export interface PackageListing {
  asarEntries: string[];
  asarSize: number;
  unpacked: string[];
  resources: string[];
  migrations: string[];
  fuses: Record<string, number> | null;
  executable: string | null;
  packageJson: { main?: string; imports?: Record<string, Record<string, string>> };
}
export declare function packageProblems(pkg: PackageListing): string[];
