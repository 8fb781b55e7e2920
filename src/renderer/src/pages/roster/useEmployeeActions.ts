import { App } from 'antd'
import type { Employee } from '../../../../shared/domain/employee'
import { api } from '../../api/client'
import { useStableHandler } from '../../components/data/useStableHandler'

/** 删除 (soft) and 恢复, each confirmed first; `onChanged` gets the updated person. Both keep their identity (the roster table is memoised). */
export function useEmployeeActions(onChanged: (employee: Employee) => void) {
  const { modal, message } = App.useApp()

  const remove = useStableHandler((employee: Employee) => {
    modal.confirm({
      title: `删除人员「${employee.name}」？`,
      content: '删除后此人不再出现在名册和年度汇总中，但其学时记录会保留；可随时勾选“显示已删除”后恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const after = await api('roster.delete', { id: employee.id })
          message.success(`已删除「${employee.name}」`)
          onChanged(after)
        } catch (e) {
          message.error((e as Error).message)
        }
      }
    })
  })

  const restore = useStableHandler((employee: Employee) => {
    modal.confirm({
      title: `恢复人员「${employee.name}」？`,
      content: '恢复后此人重新出现在名册和年度汇总中。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const after = await api('roster.restore', { id: employee.id })
          message.success(`已恢复「${employee.name}」`)
          onChanged(after)
        } catch (e) {
          message.error((e as Error).message)
        }
      }
    })
  })

  return { remove, restore }
}
