/* Offshoring planner: resizes embedded planner iframes to their content.
 * Add data-planner-embed to the iframe and load this script once on the page.
 * The planner posts only {type: "planner:resize", height}; nothing else is read. */
(function () {
  "use strict";
  var MIN = 320, MAX = 20000;
  function frames() {
    return document.querySelectorAll("iframe[data-planner-embed]");
  }
  function originOf(frame) {
    /* A frame sandboxed without allow-same-origin has an opaque origin: "null". */
    var sb = frame.getAttribute("sandbox");
    if (sb !== null && sb.split(/\s+/).indexOf("allow-same-origin") < 0) return "null";
    try { return new URL(frame.src, document.baseURI).origin; } catch (e) { return null; }
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "planner:resize") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow === event.source && originOf(frame) === event.origin) {
        frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + "px";
        return;
      }
    }
  });
})();
