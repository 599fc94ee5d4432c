/** Programmatic entry of the kafkaline CLI: run it with an argv, as the bin does. */
export { main } from './main.js';
