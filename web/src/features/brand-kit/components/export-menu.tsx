import { ChevronDown, Download, FileCode2, FileJson, FileText, Printer, Wind } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import type { ExportFormat } from '@/lib/api/types';

export const EXPORTS: { format: ExportFormat; label: string; hint: string; icon: LucideIcon }[] = [
  { format: 'pdf', label: 'PDF style guide', hint: 'Printable, with swatches and logos', icon: FileText },
  { format: 'css', label: 'CSS variables', hint: ':root custom properties', icon: FileCode2 },
  { format: 'tailwind', label: 'Tailwind 4 theme', hint: '@theme block', icon: Wind },
  { format: 'tailwind-js', label: 'Tailwind 3 config', hint: 'tailwind.config.js', icon: Wind },
  { format: 'json', label: 'JSON', hint: 'The whole kit document', icon: FileJson },
];

/**
 * The Export menu. `hrefFor` gives a plain download link (shared kits need no token);
 * `onExport` downloads through the API client instead (a signed-in member's kit).
 */
export function ExportMenu({
  onExport,
  hrefFor,
  pending = false,
}: {
  onExport?: (format: ExportFormat) => void;
  hrefFor?: (format: ExportFormat) => string;
  pending?: boolean;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="secondary" loading={pending}>
          <Download aria-hidden="true" />
          Export
          <ChevronDown aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>Download as</DropdownMenuLabel>
        {EXPORTS.map(({ format, label, hint, icon: Icon }) => {
          const content = (
            <>
              <Icon aria-hidden="true" />
              <span className="flex flex-col py-1.5">
                <span>{label}</span>
                <span className="text-xs text-muted">{hint}</span>
              </span>
            </>
          );
          return hrefFor ? (
            <DropdownMenuItem key={format} asChild>
              <a href={hrefFor(format)} download>
                {content}
              </a>
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem key={format} onSelect={() => onExport?.(format)}>
              {content}
            </DropdownMenuItem>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={() => window.print()}>
          <Printer aria-hidden="true" />
          Print this page
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
