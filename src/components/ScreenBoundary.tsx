// An error boundary around each screen: a render crash shows what happened and offers
// "导出我的回答" and "清除我的数据" instead of a blank page. The writes the crashed state caused are
// dropped and saving stops (persist.ts), so a reload never starts from a state that crashed; trying
// again (or clearing) resumes saving.
import { Component, useState, type ErrorInfo, type ReactNode } from 'react'
import { useT } from '../i18n/i18n'
import { clearMyData, resumeSaving, suspendSaving } from '../state/persist'
import { clearedText, exportAnswers } from './StorageNotices'

interface Props {
  children: ReactNode
  /** Which screen, for the console. */
  name: string
}

export class ScreenBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    suspendSaving()
    console.error(`sh-points: the ${this.props.name} screen failed`, error, info.componentStack)
  }

  private retry = () => {
    resumeSaving()
    this.setState({ error: null })
  }

  override render() {
    return this.state.error ? <CrashPanel error={this.state.error} onRetry={this.retry} /> : this.props.children
  }
}

function CrashPanel({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useT()
  const [cleared, setCleared] = useState<string | null>(null)
  return (
    <section role="alert" aria-labelledby="crash-title" className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-950" data-testid="screen-error">
      <h2 id="crash-title" className="text-base font-semibold">
        {t('crash.title')}
      </h2>
      <p>{t('crash.body', { message: `${error.name}: ${error.message}`.slice(0, 200) })}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn-secondary" onClick={exportAnswers}>
          {t('storage.exportAnswers')}
        </button>
        <button type="button" className="btn-danger" onClick={() => setCleared(clearedText(t, clearMyData()))}>
          {t('crash.clear')}
        </button>
        <button type="button" className="btn-small" onClick={onRetry}>
          {t('crash.retry')}
        </button>
      </div>
      {cleared && <p role="status">{cleared}</p>}
    </section>
  )
}
