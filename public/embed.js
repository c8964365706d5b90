// The blog's embed loader, for intranet pages: turns each placeholder
//   <div data-blog-embed="latest" data-count="3"></div>
// into an iframe showing that view of the blog, and keeps the iframe as tall as its content.
// No dependencies. Views: latest (data-count), post (data-post="2014/10/10/a-post"), themes
// (data-theme), projects (data-theme, data-phase). data-links="frame" keeps links in the frame.
//
// The protocol: the embedded view posts { type: "blog-embed:height", frame, height } to this
// page. Only messages from the blog's own origin, from the iframe they name, are obeyed.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var blog = new URL(".", script.src);
  var frames = {};
  var count = 0;

  // A slug as one path segment: any script (`café`, or as WordPress keeps it, `caf%c3%a9`),
  // never a separator that would change which page the frame shows.
  function segment(slug) {
    if (!slug || /[\/?#\s]/.test(slug)) return null;
    return /%[0-9a-fA-F]{2}/.test(slug) ? slug : encodeURIComponent(slug);
  }

  function viewPath(kind, data) {
    if (kind === "latest") return "embed/latest/";
    var post = /^(\d{4}\/\d{2}\/\d{2})\/([^\/]+)\/?$/.exec(data.post || "");
    if (kind === "post" && post && segment(post[2])) return "embed/" + post[1] + "/" + segment(post[2]) + "/";
    if (kind === "themes" && segment(data.theme)) return "embed/themes/" + segment(data.theme) + "/";
    if (kind === "projects") return "embed/projects/";
    return null;
  }

  function embed(placeholder) {
    var data = placeholder.dataset;
    var path = viewPath(data.blogEmbed, data);
    if (!path) return;
    var id = "blog-embed-" + ++count;
    var url = new URL(path, blog);
    ["count", "theme", "phase", "links"].forEach(function (name) {
      if (data[name] && !(name === "theme" && data.blogEmbed === "themes")) url.searchParams.set(name, data[name]);
    });
    url.searchParams.set("frame", id);
    var iframe = document.createElement("iframe");
    iframe.src = url.href;
    iframe.title = data.title || "From the blog";
    iframe.setAttribute("width", "100%");
    iframe.setAttribute("height", data.height || "400");
    iframe.setAttribute("frameborder", "0");
    iframe.setAttribute("loading", "lazy");
    iframe.className = "blog-embed";
    placeholder.replaceChildren(iframe);
    frames[id] = iframe;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== blog.origin) return;
    var message = event.data;
    if (!message || message.type !== "blog-embed:height") return;
    var iframe = frames[message.frame];
    if (!iframe || event.source !== iframe.contentWindow) return;
    var height = Number(message.height);
    if (!(height > 0 && height < 100000)) return;
    iframe.setAttribute("height", String(Math.ceil(height)));
  });

  var placeholders = document.querySelectorAll("[data-blog-embed]");
  for (var i = 0; i < placeholders.length; i++) embed(placeholders[i]);
})();
