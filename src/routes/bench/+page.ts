// The page draws what it generates in the browser; the prerendered shell carries no data.
export const ssr = false;
