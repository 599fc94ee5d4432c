export { crc32 } from './crc32.js';
export { crc32c, crc32cImplementation } from './crc32c.js';
