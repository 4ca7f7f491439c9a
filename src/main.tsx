import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import './index.css'
import { App } from './app/App'
import { readAppMode } from './app/view'

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App mode={readAppMode(location.search)} />
    </StrictMode>,
  )
}
