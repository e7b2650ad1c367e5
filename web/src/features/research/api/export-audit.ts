import { useMutation } from '@tanstack/react-query';
import { downloadFile } from '@/lib/download';

export type AuditExportFormat = 'csv' | 'pdf';

/** Downloads a finished crawl's audit; resolves to the saved file's name. */
export function exportAudit({ crawlId, format }: { crawlId: string; format: AuditExportFormat }): Promise<string> {
  return downloadFile(`/api/v1/crawls/${encodeURIComponent(crawlId)}/export?format=${format}`, `site-audit.${format}`);
}

export function useExportAudit() {
  return useMutation({ mutationFn: exportAudit });
}
