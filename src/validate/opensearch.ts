// OpenSearch 1.1's Query element in a response feed: what role it plays (required), and its counts.
import type { XmlElement } from '../xml/index.js';
import { quote } from './checks.js';
import { checkElementRules } from './extension-values.js';
import type { Issues } from './report.js';

// The specification's local role values; an extension's role is a prefixed name ("ext:role").
const ROLES = new Set(['request', 'example', 'related', 'correction', 'subset', 'superset']);

export function checkOpenSearchQuery(element: XmlElement, issues: Issues): void {
  if (element.local !== 'Query') return;
  checkElementRules(
    element,
    { required: ['role'], attributes: { count: 'integer', startIndex: 'integer', startPage: 'integer', totalResults: 'integer' } },
    'EXTENSION',
    issues,
  );
  const role = element.attr('role')?.trim();
  if (role !== undefined && role !== '' && !ROLES.has(role) && !/^[A-Za-z_][\w.-]*:[A-Za-z_][\w.-]*$/.test(role)) {
    issues.error(
      'EXTENSION_INVALID_VALUE',
      `The role ${quote(role)} of <${element.name}> is not one of "${[...ROLES].join('", "')}" (or a prefixed extension role)`,
      issues.at(element, 'role'),
    );
  }
}
