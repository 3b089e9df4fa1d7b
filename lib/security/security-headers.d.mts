type PolicyOptions = { dev: boolean; https: boolean };
type HeaderEntry = { source: string; has?: { type: "header"; key: string; value: string }[]; headers: { key: string; value: string }[] };

export declare const STATIC_PAGES: string[];
export declare const HSTS: string;
export declare function noncePolicy(nonce: string, opts: PolicyOptions): string;
export declare function staticPolicy(opts: PolicyOptions): string;
export declare function newNonce(): string;
export declare function staticPagesSource(pages?: string[]): string;
export declare function staticPageHeaders(opts: { dev: boolean }): HeaderEntry[];
