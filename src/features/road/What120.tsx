// "What 120 gives you" and "120 is not 居转户": rules §9, with its sources.
import { useT } from '../../i18n/i18n'

// The pages rules §9 cites (agency and news relays); shown as links, never fetched.
const SOURCES = [
  'http://uianet.net/dictionary/b6299067.html',
  'http://hfnuidl.cn/html/juzhuanhu/bszn/3632.html',
  'https://m.fybk.net/changshi/9Av9pa2zoQ.html',
  'http://m.92hukou.com/index.php?c=show&id=17874',
  'http://sh112.com/jflh/179756.html',
  'http://sh112.com/jzz/764514.html',
  'http://m.fantuluohu.com/html/juzhuzheng/faq/1229.html',
  'http://www.91luohu.com/html/jifenluohu/redian/14158.html',
] as const

export function What120() {
  const t = useT()
  return (
    <div className="space-y-3 text-slate-800">
      <p>{t('road.what.intro')}</p>
      <ul className="ml-5 list-disc space-y-1">
        <li>{t('road.what.exams')}</li>
        <li>{t('road.what.insurance')}</li>
        <li>{t('road.what.tax')}</li>
        <li>{t('road.what.school')}</li>
      </ul>
      <p>{t('road.what.renewal')}</p>
      <p>{t('road.what.threshold')}</p>
      <div className="rounded-md border-l-4 border-accent-600 bg-accent-50 px-3 py-2">
        <h5 className="font-semibold text-slate-900">{t('road.what.notHukouTitle')}</h5>
        <p className="mt-1">{t('road.what.notHukou')}</p>
      </div>
      <div className="text-xs text-slate-600">
        <p>{t('road.what.sources')}</p>
        <ul className="mt-1 flex flex-wrap gap-x-3">
          {SOURCES.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="btn-link inline-block min-h-6 break-all py-1">
                {url.replace(/^https?:\/\//, '')}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
