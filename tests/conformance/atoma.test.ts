import { conformanceSuite } from './suite.js';

conformanceSuite('atoma', {});
