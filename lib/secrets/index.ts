export {
  deriveSealKey,
  openSecret,
  sealSecret,
  SealedSecretError,
  type SealOptions,
  type SealedSecretProblem,
} from "./sealed-secret";
