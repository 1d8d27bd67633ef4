resource "aws_iam_role" "r12_0" {
  name = "${local.name}-12-0"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 30584 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r12_1" {
  name = "${local.name}-12-1"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 93774 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r12_2" {
  name = "${local.name}-12-2"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 48389 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r12_3" {
  name = "${local.name}-12-3"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 22658 for benchmarks; mentions 0.0.0.0/0 only in text"
}

