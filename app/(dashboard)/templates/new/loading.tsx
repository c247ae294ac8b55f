import { EditorSkeleton } from "@/components/templates/editor-skeleton";

export default function EditorLoading() {
  return <EditorSkeleton />;
}
