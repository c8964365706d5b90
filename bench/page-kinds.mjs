// Each kind of page issue 23's budgets name, at one address of the sample content: measured by
// bench/weight.mjs and bench/lighthouse.mjs.
export const PAGE_KINDS = [
  ["post", "/2014/10/10/an-update-to-our-digital-strategy/"],
  ["home", "/"],
  ["theme", "/themes/openness/"],
  ["register", "/projects/"],
  ["project", "/projects/open-data-publishing/"],
  ["archive", "/archives/"],
  ["static page", "/about/"],
  ["search", "/search/?q=data"],
  ["offline", "/offline/"],
  ["embed", "/embed/2014/10/10/an-update-to-our-digital-strategy/"],
];
