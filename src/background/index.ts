/**
 * The background service worker (an event page in Firefox). Stateless: listeners are
 * registered at top level on every start, and nothing is kept in memory that cannot be
 * rebuilt from storage.
 */
import { handle } from '../platform/messaging';
import { onErrorReport, onPageAnnotated } from './handlers/page';

handle({
  'page/annotated': onPageAnnotated,
  'error/report': onErrorReport,
});
