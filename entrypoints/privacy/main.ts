// The privacy policy as an extension page (the options page links to it): docs/privacy.md, its
// headings and paragraphs as text, never as markup.
import policy from '../../docs/privacy.md?raw';

const main = document.getElementById('policy') as HTMLElement;
for (const block of policy.split(/\n{2,}/)) {
  const text = block.trim();
  if (!text || text === '---') continue;
  const heading = /^(#+)\s+(.*)$/.exec(text);
  const el = document.createElement(heading ? `h${Math.min((heading[1] as string).length, 3)}` : text.startsWith('- ') ? 'ul' : 'p');
  if (heading) el.textContent = heading[2] as string;
  else if (text.startsWith('- ')) {
    for (const item of text.split(/\n- /)) {
      const li = document.createElement('li');
      li.textContent = item.replace(/^- /, '').replace(/\s*\n\s*/g, ' ');
      el.append(li);
    }
  } else el.textContent = text.replace(/\s*\n\s*/g, ' ');
  main.append(el);
}
