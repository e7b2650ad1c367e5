import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { parseTemplates, type WritingTemplate } from '../lib/templates';

/** The built-in writing templates, read into typed sections (the document types them as plain objects). */
export async function getWritingTemplates(): Promise<WritingTemplate[]> {
  const list = await unwrap(api.GET('/api/v1/writing-templates'));
  return parseTemplates(list.items);
}

export function writingTemplatesQueryOptions() {
  return queryOptions({ queryKey: ['writing-templates'] as const, queryFn: getWritingTemplates, staleTime: Infinity });
}

export function useWritingTemplates() {
  return useQuery(writingTemplatesQueryOptions());
}
