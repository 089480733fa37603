import erasure from './erasure';
import retention from './retention';

/** Removing personal data: erasure on request, and the retention purge. */
export default {
  erasure,
  retention,
};
