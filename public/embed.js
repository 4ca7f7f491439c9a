/*! sh-points embed loader: inserts the calculator widget after this script tag and sizes it.
 * <script src="https://YOUR-HOST/embed.js" data-lang="en" data-color="#0a7f6f" data-compact="1"
 *         data-events="result" data-cta="https://YOUR-SITE/contact" data-cta-label="…" async></script>
 * The widget validates every parameter itself. Messages from the widget are re-dispatched on the
 * iframe as bubbling DOM events: "sh-points:ready", "sh-points:result" (detail: {total, threshold,
 * meetsThreshold, status}), "sh-points:cta" (detail: {total, status}) and "sh-points:error"
 * (detail: {errors}); event.target is the iframe, whose contentWindow accepts
 * {source: "sh-points-host", type: "prefill", profile}. The loader tells the widget where this
 * page's viewport is, so that its score bar stays in view while the page scrolls. */
(function () {
  'use strict'
  var script = document.currentScript
  if (!script || !script.src) return
  var base = new URL('./', script.src)
  var origin = base.origin
  var data = script.dataset
  var params = new URLSearchParams({ embed: '1' })
  ;['lang', 'color', 'compact', 'events', 'cta', 'ctaLabel'].forEach(function (name) {
    if (data[name]) params.set(name, data[name])
  })
  // Results go only to this page's origin, and only this origin may prefill.
  params.set('parentOrigin', location.origin)

  var frame = document.createElement('iframe')
  frame.src = base.href + '?' + params
  frame.title = data.title || (data.lang === 'en' ? 'Shanghai residence permit points calculator' : '上海居住证积分自测')
  frame.loading = 'lazy'
  // Copying a link from inside the frame needs this permission.
  frame.setAttribute('allow', 'clipboard-write')
  // The fallback height until the widget reports its own.
  frame.style.cssText = 'display:block;width:100%;height:720px;border:0;overflow:hidden'
  script.parentNode.insertBefore(frame, script.nextSibling)

  // This page's viewport in the frame's coordinates, at most once a frame and only when it changed.
  var sent = '', pending = 0
  function viewport() {
    pending = 0
    var top = Math.round(-frame.getBoundingClientRect().top), height = innerHeight
    if (!frame.contentWindow || sent === top + ',' + height) return
    sent = top + ',' + height
    frame.contentWindow.postMessage({ source: 'sh-points-host', type: 'viewport', top: top, height: height }, origin)
  }
  function schedule() {
    if (!pending) pending = requestAnimationFrame(viewport)
  }
  addEventListener('scroll', schedule, { passive: true })
  // The fields each re-dispatched event carries (nothing else the frame might add).
  var FIELDS = { ready: [], result: ['total', 'threshold', 'meetsThreshold', 'status'], cta: ['total', 'status'], error: ['errors'] }
  addEventListener('resize', schedule)

  addEventListener('message', function (event) {
    var m = event.data
    if (event.source !== frame.contentWindow || event.origin !== origin) return
    if (!m || typeof m !== 'object' || m.source !== 'sh-points') return
    if (m.type === 'resize' && typeof m.height === 'number' && isFinite(m.height)) {
      frame.style.height = Math.min(20000, Math.max(120, Math.ceil(m.height))) + 'px'
      sent = ''
      schedule()
    } else if (m.type === 'reveal' && isFinite(m.top) && isFinite(m.bottom)) {
      // Scroll as little as possible to show rows top…bottom of the frame (the top wins).
      var r = frame.getBoundingClientRect(), a = r.top + m.top, b = r.top + m.bottom
      if (a < 0) scrollBy(0, a)
      else if (b > innerHeight) scrollBy(0, Math.min(a, b - innerHeight))
    } else if (FIELDS[m.type]) {
      if (m.type === 'ready') {
        sent = ''
        schedule()
      }
      var detail = {}
      FIELDS[m.type].forEach(function (k) {
        detail[k] = m[k]
      })
      // An exception in a host listener is reported by the browser and does not reach this handler.
      frame.dispatchEvent(new CustomEvent('sh-points:' + m.type, { bubbles: true, detail: detail }))
    }
  })
})()
