// Accepts files dropped anywhere over its area (drag-drop import). Only real file drags light it up, so
// dragging text or a grid row across it does nothing.
import { useRef, useState, type ReactNode } from 'react';

export interface DropZoneProps {
  onFiles(files: File[]): void;
  /** What the overlay says while files hover ("松开以导入报告"). */
  label: string;
  children: ReactNode;
}

function hasFiles(e: React.DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

export function DropZone({ onFiles, label, children }: DropZoneProps) {
  const [dragging, setDragging] = useState(false);
  // dragenter/dragleave fire for every child element; count them so the overlay does not flicker.
  const depth = useRef(0);
  return (
    <div
      className={`drop-zone${dragging ? ' dragging' : ''}`}
      data-drop-label={label}
      data-testid="drop-zone"
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current = 0;
        setDragging(false);
        const files = Array.from(e.dataTransfer.files);
        if (files.length) onFiles(files);
      }}
    >
      {children}
    </div>
  );
}
