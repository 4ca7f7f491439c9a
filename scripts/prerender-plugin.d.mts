import type { Plugin } from 'vite'

export function prerenderPlugin(): Plugin
export function extractStyles(html: string): { html: string; css: string }
