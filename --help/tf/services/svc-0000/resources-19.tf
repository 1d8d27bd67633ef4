resource "aws_cloudwatch_log_group" "r19_0" {
  name = "${local.name}-19-0"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 81799 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r19_1" {
  name = "${local.name}-19-1"
  tags = merge(local.tags, { part = "19" })
  description = "generated resource 81661 for benchmarks; mentions 0.0.0.0/0 only in text"
}

