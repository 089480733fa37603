import bodyLimit from './body-limit';
import databaseFaults from './database-faults';
import rateLimit from './rate-limit';

export default {
  'body-limit': bodyLimit,
  'database-faults': databaseFaults,
  'rate-limit': rateLimit,
};
