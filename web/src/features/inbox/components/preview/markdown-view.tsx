import { Fragment } from 'react';
import { parseMarkdown, type Inline } from '@/features/inbox/lib/markdown';

function Inlines({ items }: { items: Inline[] }) {
  return (
    <>
      {items.map((it, i) => {
        switch (it.type) {
          case 'strong':
            return <strong key={i}>{it.text}</strong>;
          case 'em':
            return <em key={i}>{it.text}</em>;
          case 'code':
            return (
              <code key={i} className="rounded bg-mist px-1 text-[0.9em]">
                {it.text}
              </code>
            );
          case 'link':
            return it.href ? (
              <a key={i} href={it.href} target="_blank" rel="noopener noreferrer nofollow" className="text-primary underline">
                {it.text}
              </a>
            ) : (
              <span key={i} className="underline">
                {it.text}
              </span>
            );
          default:
            return <Fragment key={i}>{it.text}</Fragment>;
        }
      })}
    </>
  );
}

const HEADING = {
  1: 'text-2xl font-bold',
  2: 'text-xl font-semibold',
  3: 'text-lg font-semibold',
  4: 'text-base font-semibold',
} as const;

/** An article written in Markdown, rendered as React elements (never as HTML). */
export function MarkdownView({ source, headingOffset = 0 }: { source: string; headingOffset?: number }) {
  return (
    <div className="flex flex-col gap-3 text-[15px] leading-relaxed text-ink">
      {parseMarkdown(source).map((b, i) => {
        if (b.type === 'heading') {
          const level = Math.min(b.level + headingOffset, 6);
          const Tag = `h${level}` as 'h2';
          return (
            <Tag key={i} className={`${HEADING[b.level]} mt-2 font-heading text-ink`}>
              <Inlines items={b.inlines} />
            </Tag>
          );
        }
        if (b.type === 'list') {
          const List = b.ordered ? 'ol' : 'ul';
          return (
            <List key={i} className={b.ordered ? 'list-decimal pl-6' : 'list-disc pl-6'}>
              {b.items.map((item, j) => (
                <li key={j}>
                  <Inlines items={item} />
                </li>
              ))}
            </List>
          );
        }
        if (b.type === 'quote') {
          return (
            <blockquote key={i} className="border-l-4 border-line pl-3 text-slate italic">
              <Inlines items={b.inlines} />
            </blockquote>
          );
        }
        return (
          <p key={i}>
            <Inlines items={b.inlines} />
          </p>
        );
      })}
    </div>
  );
}
