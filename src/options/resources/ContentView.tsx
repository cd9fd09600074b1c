// The contents of a read resource, each item shown as what it is (see shown.ts).
import type { ResourceContent } from '../../shared/messages/views';
import { shownAs } from './shown';

function Item({ content, captioned }: { content: ResourceContent; captioned: boolean }) {
  const shown = shownAs(content);
  return (
    <figure class="content">
      {captioned && (
        <figcaption>
          <code>{content.uri}</code>
        </figcaption>
      )}
      {(shown.as === 'text' || shown.as === 'json') && (
        <section
          class="content-text"
          aria-label={`Content of ${content.uri}`}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a long text scrolls; the keyboard needs to reach it to scroll it.
          tabIndex={0}
        >
          <pre>{shown.text}</pre>
        </section>
      )}
      {shown.as === 'image' && (
        <img class="content-image" src={shown.src} alt={`${content.uri} (${shown.what})`} />
      )}
      {shown.as === 'audio' && (
        // biome-ignore lint/a11y/useMediaCaption: a server's audio comes with no captions to offer.
        <audio controls src={shown.src} aria-label={`${content.uri} (${shown.what})`} />
      )}
      {shown.as === 'binary' && (
        <p class="content-binary">{`Binary content, not shown: ${shown.what}.`}</p>
      )}
    </figure>
  );
}

export function ContentView({ contents, uri }: { contents: ResourceContent[]; uri: string }) {
  if (contents.length === 0) return <p class="empty">The server sent no content for it.</p>;
  return (
    <div class="contents">
      {contents.map((content, i) => (
        <Item
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered.
          key={i}
          content={content}
          captioned={contents.length > 1 || content.uri !== uri}
        />
      ))}
    </div>
  );
}
