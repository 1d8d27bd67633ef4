resource "aws_lambda_function" "r17_0" {
  name = "${local.name}-17-0"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 65197 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r17_1" {
  name = "${local.name}-17-1"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 45781 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r17_2" {
  name = "${local.name}-17-2"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 39670 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r17_3" {
  name = "${local.name}-17-3"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 76819 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r17_4" {
  name = "${local.name}-17-4"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 89107 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r17_5" {
  name = "${local.name}-17-5"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 90840 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r17_6" {
  name = "${local.name}-17-6"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 69289 for benchmarks; mentions 0.0.0.0/0 only in text"
}

