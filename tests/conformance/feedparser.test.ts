import { conformanceSuite } from './suite.js';
import { FEEDPARSER_DIFFERENCES } from './feedparser-differences.js';

conformanceSuite('feedparser', FEEDPARSER_DIFFERENCES);
