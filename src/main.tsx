import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App } from './app/App'
import { readAppMode } from './app/view'
import { i18nReady } from './i18n/i18n'

const root = document.getElementById('root')
// Render once the remembered language is loaded (immediate for Chinese), so nothing flashes.
if (root)
  void i18nReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App mode={readAppMode(location.search)} />
      </StrictMode>,
    ),
  )
