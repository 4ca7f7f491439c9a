/*! sh-points embed loader: inserts the calculator widget after this script tag and sizes it.
 * <script src="https://YOUR-HOST/embed.js" data-lang="en" data-color="#0a7f6f" data-compact="1"
 *         data-events="result" async></script>
 * The widget validates every parameter itself. Messages from the widget are re-dispatched on the
 * iframe as bubbling DOM events: "sh-points:ready", "sh-points:result" (detail: {total,
 * threshold, meetsThreshold}) and "sh-points:error" (detail: {errors}); event.target is the
 * iframe, whose contentWindow accepts {source: "sh-points-host", type: "prefill", profile}. */
(function () {
  'use strict'
  var script = document.currentScript
  if (!script || !script.src) return
  var base = new URL('./', script.src)
  var origin = base.origin
  var data = script.dataset
  var params = new URLSearchParams({ embed: '1' })
  ;['lang', 'color', 'compact', 'events'].forEach(function (name) {
    if (data[name]) params.set(name, data[name])
  })
  // Results go only to this page's origin, and only this origin may prefill.
  params.set('parentOrigin', location.origin)

  var frame = document.createElement('iframe')
  frame.src = base.href + '?' + params
  frame.title = data.title || (data.lang === 'en' ? 'Shanghai residence permit points calculator' : '上海居住证积分自测')
  frame.loading = 'lazy'
  // The fallback height until the widget reports its own.
  frame.style.cssText = 'display:block;width:100%;height:720px;border:0;overflow:hidden'
  script.parentNode.insertBefore(frame, script.nextSibling)

  window.addEventListener('message', function (event) {
    var m = event.data
    if (event.source !== frame.contentWindow || event.origin !== origin) return
    if (!m || typeof m !== 'object' || m.source !== 'sh-points') return
    if (m.type === 'resize' && typeof m.height === 'number' && isFinite(m.height)) {
      frame.style.height = Math.min(20000, Math.max(120, Math.ceil(m.height))) + 'px'
    } else if (m.type === 'ready' || m.type === 'result' || m.type === 'error') {
      var detail =
        m.type === 'result'
          ? { total: m.total, threshold: m.threshold, meetsThreshold: m.meetsThreshold }
          : m.type === 'error'
            ? { errors: m.errors }
            : {}
      // An exception in a host listener is reported by the browser and does not reach this handler.
      frame.dispatchEvent(new CustomEvent('sh-points:' + m.type, { bubbles: true, detail: detail }))
    }
  })
})()
