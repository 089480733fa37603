import bodyLimit from './body-limit';
import rateLimit from './rate-limit';

export default {
  'body-limit': bodyLimit,
  'rate-limit': rateLimit,
};
