type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    title: 'Meedoen — werk dat bij je past',
    skip: 'Naar de inhoud',
    intro: 'Meedoen brengt inwoners, werkgevers en de gemeente bij elkaar. Kies hieronder wie u bent.',
    seeker: ['Ik zoek werk', 'Vind betaald werk, vrijwilligerswerk, een werkervaringsplek of een opleiding die bij u past.'],
    employer: ['Ik ben werkgever', 'Plaats een vacature en vind mensen die graag bij u willen werken.'],
    caseworker: ['Ik werk bij de gemeente', 'Begeleid inwoners naar werk en volg hun plaatsingen.'],
    sources: 'Bronnen',
    other: ['English', 'en'],
  },
  en: {
    title: 'Meedoen — work that fits you',
    skip: 'Skip to content',
    intro: 'Meedoen brings residents, employers and the municipality together. Choose who you are below.',
    seeker: ['I am looking for work', 'Find paid work, volunteering, a work-experience place or training that suits you.'],
    employer: ['I am an employer', 'Post a vacancy and find people who would like to work for you.'],
    caseworker: ['I work for the municipality', 'Guide residents to work and follow their placements.'],
    sources: 'Sources',
    other: ['Nederlands', 'nl'],
  },
} as const;

/** The landing page at /: plain HTML, no script, linking the three portals and crediting the open data used. */
export function landingPage(language: Language): string {
  const t = TEXT[language];
  const card = (href: string, [heading, body]: readonly [string, string]) =>
    `<li><a href="${href}"><span class="heading">${heading}</span><span>${body}</span></a></li>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; font-size: 1.125rem; }
  .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
  header, main, footer { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  header { display: flex; justify-content: space-between; align-items: center; border-bottom: 4px solid #00567a; }
  ul.portals { list-style: none; padding: 0; display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
  ul.portals a { display: flex; flex-direction: column; gap: .5rem; padding: 1.25rem; border: 2px solid #00567a; border-radius: .5rem; color: #1a1a1a; text-decoration: none; min-height: 100%; box-sizing: border-box; }
  ul.portals a:hover .heading { text-decoration: underline; }
  .heading { font-weight: 700; font-size: 1.3rem; color: #00567a; }
  a { color: #00567a; } a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 3px; }
  footer { font-size: 1rem; border-top: 1px solid #6b6b6b; margin-top: 2rem; }
</style>
</head>
<body>
<a class="skip" href="#inhoud">${t.skip}</a>
<header><strong>Meedoen</strong><a href="/?lang=${t.other[1]}" lang="${t.other[1]}" hreflang="${t.other[1]}">${t.other[0]}</a></header>
<main id="inhoud" tabindex="-1">
<h1>${t.title}</h1>
<p>${t.intro}</p>
<ul class="portals">
${card('/werkzoekenden/', t.seeker)}
${card('/werkgevers/', t.employer)}
${card('/regie/', t.caseworker)}
</ul>
</main>
<footer>
<h2 id="bronnen">${t.sources}</h2>
<ul>
<li>Postcode coordinates: GeoNames (geonames.org), CC BY 4.0</li>
<li>This service uses the ESCO classification of the European Commission.</li>
</ul>
</footer>
</body>
</html>`;
}
