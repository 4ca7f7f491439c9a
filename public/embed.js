/*! sh-points embed loader: inserts the calculator widget after this script tag, sizes it, and
 * keeps its score bar in view. Attributes data-lang, -color, -compact, -events, -cta, -cta-label,
 * -top-offset.
 * Bubbling DOM events on the iframe: sh-points:ready, :result {total, threshold, meetsThreshold,
 * status}, :cta {total, status}, :error {errors}. Protocol: docs/deploying.md. */
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

  // The visible part of this page (the visual viewport: on phones the keyboard and pinch-zoom shrink
  // it), below the page's own fixed header if data-top-offset says how tall it is (0–300 px).
  var inset = Math.min(300, Math.max(0, parseInt(data.topOffset, 10) || 0))
  function view() {
    var v = window.visualViewport
    return v ? [v.offsetTop + inset, v.height - inset] : [inset, innerHeight - inset]
  }
  // Its top edge in the frame's coordinates and its height, at most once a frame and only when changed.
  var sent = '', pending = 0
  function viewport() {
    pending = 0
    var v = view(), top = Math.round(v[0] - frame.getBoundingClientRect().top), height = Math.round(v[1])
    if (!frame.contentWindow || sent === top + ',' + height) return
    sent = top + ',' + height
    frame.contentWindow.postMessage({ source: 'sh-points-host', type: 'viewport', top: top, height: height }, origin)
  }
  function schedule() {
    if (!pending) pending = requestAnimationFrame(viewport)
  }
  ;[window, window.visualViewport].forEach(function (target) {
    if (target) {
      target.addEventListener('scroll', schedule, { passive: true })
      target.addEventListener('resize', schedule)
    }
  })
  // The fields each re-dispatched event carries (nothing else the frame might add).
  var FIELDS = { ready: [], result: ['total', 'threshold', 'meetsThreshold', 'status'], cta: ['total', 'status'], error: ['errors'] }

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
      var v = view(), r = frame.getBoundingClientRect(), a = r.top + m.top - v[0], b = r.top + m.bottom - v[0]
      if (a < 0) scrollBy(0, a)
      else if (b > v[1]) scrollBy(0, Math.min(a, b - v[1]))
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
