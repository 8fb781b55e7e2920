import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button, Result } from 'antd'

interface State {
  error: Error | null
}

/** A screen that throws shows a message and a way back, never a white window. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack)
  }

  override componentDidUpdate(prev: { resetKey?: string }): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null })
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <Result
        status="error"
        title="页面出错了"
        subTitle={`${this.state.error.message || '未知错误'}。您的数据没有丢失，可返回后重试。`}
        extra={
          <Button type="primary" onClick={() => this.setState({ error: null })}>
            重新加载此页
          </Button>
        }
      />
    )
  }
}
