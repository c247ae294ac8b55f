import { Badge } from "@/components/ui/badge";
import { IMPORT_STATUS_LABELS, IMPORT_STATUS_TONES, type ImportStatus } from "./import-status";

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  return <Badge tone={IMPORT_STATUS_TONES[status]}>{IMPORT_STATUS_LABELS[status]}</Badge>;
}
