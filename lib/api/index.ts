export { apiRoute, type ApiRequest, type ApiRouteOptions } from "./api-route";
export { ZQueryBoolean, zQueryLimit } from "./read-query";
export { purgeExpiredIdempotencyKeys } from "./purge-expired-idempotency-keys";
export {
  InvalidJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  IdempotencyKeyInUseError,
  IdempotencyKeyReusedError,
} from "./api-errors";
