import type { Plugin } from 'vite'

export const FIRST_SCORE: readonly string[]
export function firstScoreChunks(dist: string): { manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[]; css?: string[] }>; js: Set<string>; css: Set<string> }
export function firstScoreChunk(name?: string): { plugin: Plugin; group: { name: string; test: (id: string) => boolean; includeDependenciesRecursively: false } }
