export { flush, settle, until } from '../../../../scripts/test-helpers/event-loop.js';
