import { statfs } from "node:fs/promises";

import type { ServiceLog } from "./types";

// Docker gives containers a 64 MB /dev/shm by default; parallel queries then
// fail with "could not resize shared memory segment … No space left on device".
const SMALL_DEV_SHM_BYTES = 256 * 1024 * 1024;

/**
 * Server flags that keep PostgreSQL's dynamic shared memory out of a small
 * /dev/shm (memory-mapped files in the data directory instead).
 */
export async function sharedMemoryFlags(log: ServiceLog): Promise<string[]> {
  let size: number;
  try {
    const stats = await statfs("/dev/shm");
    size = stats.blocks * stats.bsize;
  } catch {
    return [];
  }
  if (size >= SMALL_DEV_SHM_BYTES) return [];
  log(
    `PostgreSQL: /dev/shm is only ${Math.round(size / 1024 / 1024)} MB, using dynamic_shared_memory_type=mmap`,
  );
  return ["-c", "dynamic_shared_memory_type=mmap"];
}
