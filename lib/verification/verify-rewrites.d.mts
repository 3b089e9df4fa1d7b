type Rewrite = { source: string; destination: string; has?: { type: "header"; key: string; value: string }[] };

export declare const VERIFY_INTERNAL: string;
export declare const NOT_VALID_PATH: string;
export declare const VERIFY_DAY_HEADER: string;
export declare function verifyRewrites(): Rewrite[];
