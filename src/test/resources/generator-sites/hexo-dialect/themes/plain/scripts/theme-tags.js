/* global hexo */
// The theme tag plugins this fixture's posts use, written for the fixture: each renders the HTML its theme renders
// (NexT 8, Butterfly 5, Fluid 1.9, and hexo-tag-embed for youtube and vimeo), so that Hexo builds the page a blog
// with that theme would show. Hexo itself knows none of these tags.
'use strict';

const markdown = text => hexo.render.renderSync({ text, engine: 'markdown' });

// NexT: {% note [class] [no-icon] [summary] %} … {% endnote %}; a summary makes it a <details>.
hexo.extend.tag.register('note', (args, content) => {
  const keywords = ['default', 'primary', 'info', 'success', 'warning', 'danger', 'no-icon'];
  const classes = [];
  while (classes.length < 2 && keywords.includes(args[0])) classes.push(args.shift());
  const body = markdown(content);
  if (args.length === 0) return `<div class="note ${classes.join(' ')}">${body}</div>`;
  return `<details class="note ${classes.join(' ')}"><summary>${markdown(args.join(' '))}</summary>\n${body}\n</details>`;
}, { ends: true });

// NexT: {% tabs name[, active] %} <!-- tab [title][@icon] --> … <!-- endtab --> {% endtabs %}: titles, then panes.
hexo.extend.tag.register('tabs', (args, content) => {
  const [name, active] = args.join(' ').split(',');
  const chosen = Number(active) || 1;
  let titles = '';
  let panes = '';
  let n = 0;
  for (const [, caption, body] of content.matchAll(/<!--\s*tab (.*?)\s*-->\n([\w\W]*?)<!--\s*endtab\s*-->/g)) {
    n += 1;
    const title = caption.split('@')[0].trim() || `${name} ${n}`;
    const state = n === chosen ? ' active' : '';
    titles += `<li class="tab${state}"><a href="#tab-${n}">${title}</a></li>`;
    panes += `<div class="tab-pane${state}" id="tab-${n}">${markdown(body).trim()}</div>`;
  }
  return `<div class="tabs"><ul class="nav-tabs">${titles}</ul><div class="tab-content">${panes}</div></div>`;
}, { ends: true });

// NexT: {% label [class]@text %}
hexo.extend.tag.register('label', args => {
  const [classes = 'default', text = ''] = args.join(' ').split('@');
  return `<mark class="label ${classes.trim()}">${text}</mark>`;
});

// NexT: {% btn url, text[, icon][, title] %}, also {% button … %}
const button = args => {
  const [url, text = '', icon = '', title = ''] = args.join(' ').split(',').map(part => part.trim());
  const iconHtml = icon ? `<i class="fa fa-${icon}"></i>` : '';
  return `<a class="btn" href="${url}"${title ? ` title="${title}"` : ''}>${iconHtml}${text}</a>`;
};
hexo.extend.tag.register('btn', button);
hexo.extend.tag.register('button', button);

// NexT: {% centerquote %} … {% endcenterquote %}, also {% cq %}
const centerQuote = (args, content) => `<blockquote class="blockquote-center">\n${markdown(content)}\n</blockquote>`;
hexo.extend.tag.register('centerquote', centerQuote, { ends: true });
hexo.extend.tag.register('cq', centerQuote, { ends: true });

// NexT: {% pdf url [height] %} and {% video url %}, which a feed cannot show (and Tidings drops, with a warning)
hexo.extend.tag.register('pdf', args => `<div class="pdf-container" data-target="${args[0]}" data-height="500px"></div>`);
hexo.extend.tag.register('video', args => `<video src="${args[0]}" preload="metadata" controls playsinline></video>`);

// Fluid: {% fold [class] @title %} … {% endfold %}; Fluid also writes a "▶" before the title, left out here: it is
// the theme's decoration, not the post's text.
hexo.extend.tag.register('fold', (args, content) => {
  const [classes = 'default', title = ''] = args.join(' ').split('@');
  return `<div class="fold"><div class="fold-title fold-${classes.trim()} collapsed">${title}</div>`
    + `<div class="fold-collapse collapse"><div class="fold-content">${markdown(content)}</div></div></div>`;
}, { ends: true });

// Butterfly: {% folding [style,] title %} … {% endfolding %}
hexo.extend.tag.register('folding', (args, content) => {
  const parts = args.join(' ').split(',');
  const title = (parts.length > 1 ? parts[1] : parts[0]).trim();
  return `<details><summary> ${title} </summary><div class="content">${markdown(content)}</div></details>`;
}, { ends: true });

// Butterfly: {% hideToggle display[,bg][,color] %} … {% endhideToggle %}
hexo.extend.tag.register('hideToggle', (args, content) => {
  const [display] = args.join(' ').split(',');
  return `<details class="toggle"><summary class="toggle-button">${display}</summary>`
    + `<div class="toggle-content">${markdown(content)}</div></details>`;
}, { ends: true });

// hexo-tag-embed: {% youtube id [type] [cookie] %} and {% vimeo id %}
hexo.extend.tag.register('youtube', ([id, type = 'video']) => {
  const src = type === 'playlist' ? `https://www.youtube.com/embed/videoseries?list=${id}` : `https://www.youtube.com/embed/${id}`;
  return `<div class="video-container"><iframe src="${src}" frameborder="0" loading="lazy" allowfullscreen></iframe></div>`;
});
hexo.extend.tag.register('vimeo', ([id]) => `<div class="video-container"><iframe src="https://player.vimeo.com/video/${id}" frameborder="0" loading="lazy" allowfullscreen></iframe></div>`);
