// Cases of the feedparser suite where atoma answers differently on purpose, with the reason.
export const FEEDPARSER_DIFFERENCES: Readonly<Record<string, string>> = {};
