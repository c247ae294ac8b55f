export { errorResponse } from "./error-response";
export { sessionRoute } from "./session-route";
export { textStream } from "./text-stream";
