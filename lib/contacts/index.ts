export * from "./import";
