import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatBytes } from "./format-bytes";
import { ProgressBar } from "./progress-bar";
import type { StartPhase } from "./use-start-import";
import styles from "./import-wizard.module.css";

type UploadStatusProps = {
  phase: StartPhase;
  opening: boolean;
  fileName: string;
  onRetry: () => void;
  onChooseAnotherFile: () => void;
};

/** The upload's progress bar while the file is sent, or why it failed and how to go on. */
export function UploadStatus({ phase, opening, fileName, onRetry, onChooseAnotherFile }: UploadStatusProps) {
  const uploading = phase.kind === "uploading" || opening;
  const sent = phase.kind === "uploading" ? phase.sentBytes : 1;
  const total = phase.kind === "uploading" ? phase.totalBytes : 1;
  return (
    <>
      {/* Both regions are always rendered, so screen readers notice when something appears in them. */}
      <div role="status">
        {uploading ? (
          <div className={styles.upload}>
            <p id="upload-status" className={styles.uploadText}>
              {opening ? "Uploaded. Opening the import…" : `Uploading ${fileName}…`}{" "}
              {/* The byte count changes many times a second: shown, not announced. */}
              {phase.kind === "uploading" ? (
                <span aria-hidden="true" className={styles.uploadBytes}>
                  {formatBytes(sent)} of {formatBytes(total)}
                </span>
              ) : null}
            </p>
            <ProgressBar
              label="Upload progress"
              percent={total > 0 ? (sent / total) * 100 : 100}
              describedBy="upload-status"
            />
          </div>
        ) : null}
      </div>
      <div role="alert">
        {phase.kind === "failed" ? (
          <Alert tone="error" title="The import did not start">
            <p>{phase.message}</p>
            <p className={styles.keptNote}>Your choices are kept.</p>
            <div className={styles.alertActions}>
              <Button size="sm" variant="primary" onClick={onRetry}>
                Try again
              </Button>
              <Button size="sm" onClick={onChooseAnotherFile}>
                Choose another file
              </Button>
            </div>
          </Alert>
        ) : null}
      </div>
    </>
  );
}
